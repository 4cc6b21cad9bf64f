export { CertificatePanel } from "./CertificatePanel";
export { OcopMark } from "./OcopMark";
export { OriginTag } from "./OriginTag";
export { StarBadge } from "./StarBadge";
