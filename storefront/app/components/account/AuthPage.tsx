import type { ReactNode } from "react";
import { Link } from "react-router";
import { Notice, PageTitle } from "../portal/PortalUi";

/** The frame of the login, register and password pages: title, lead, a notice, the form, a link below. */
export function AuthPage({
  title,
  lead,
  notice,
  children,
  footer,
}: {
  title: string;
  lead?: string;
  notice?: { kind: "success" | "error"; message: string } | null;
  children: ReactNode;
  footer?: ReadonlyArray<{ text?: string; to: string; link: string }>;
}) {
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{title}</PageTitle>
      {lead ? <p className="mt-2 text-earth-800">{lead}</p> : null}
      {notice ? (
        <div className="mt-4">
          <Notice kind={notice.kind} message={notice.message} />
        </div>
      ) : null}
      {children}
      {footer?.map((item) => (
        <p key={item.to} className="mt-4 text-earth-800">
          {item.text ? `${item.text} ` : null}
          <Link to={item.to} className="font-semibold text-leaf-800 underline">
            {item.link}
          </Link>
        </p>
      ))}
    </div>
  );
}
