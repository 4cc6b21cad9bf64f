import { describe, expect, it } from "vitest";
import { compactFairPayload, parseFairForm, parseSessionRows, sessionPathRenamer } from "./fair-form";

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("parseFairForm", () => {
  it("turns the fields into the backend's payload, times in +07:00", () => {
    const { payload, errors } = parseFairForm(
      form([
        ["name", " Hội chợ Trà Thái Nguyên "],
        ["kind", "hoi_cho"],
        ["description", "Trà ngon"],
        ["banner_url", ""],
        ["starts_at", "2026-12-03T08:00"],
        ["ends_at", "2026-12-07T21:00"],
        ["status", "published"],
      ]),
      { withStatus: true },
    );
    expect(errors).toEqual({});
    expect(payload).toEqual({
      name: "Hội chợ Trà Thái Nguyên",
      kind: "hoi_cho",
      description: "Trà ngon",
      banner_url: "",
      starts_at: "2026-12-03T08:00:00+07:00",
      ends_at: "2026-12-07T21:00:00+07:00",
      status: "published",
    });
  });

  it("keeps a new fair as a draft unless asked to publish, and sends no status when editing", () => {
    expect(parseFairForm(form([["status", "whatever"]]), { withStatus: true }).payload.status).toBe("draft");
    expect("status" in parseFairForm(form([["status", "published"]])).payload).toBe(false);
  });

  it("reports a missing name, an unknown kind, bad times and an end before the start", () => {
    expect(parseFairForm(form([["kind", "market"], ["starts_at", "2026-12-03"], ["ends_at", ""]])).errors).toEqual({
      name: "fairPortal.errors.nameRequired",
      kind: "fairPortal.errors.chooseKind",
      starts_at: "fairPortal.errors.dateTime",
      ends_at: "fairPortal.errors.dateTime",
    });
    const { errors } = parseFairForm(form([["name", "A"], ["kind", "tuan_le"], ["starts_at", "2026-12-03T08:00"], ["ends_at", "2026-12-03T08:00"]]));
    expect(errors).toEqual({ ends_at: "fairPortal.errors.endBeforeStart" });
  });
});

function sessionRow(key: string, title: string, kind: string, starts: string, ends = "", link = "", host = ""): Array<[string, string]> {
  return [
    ["session_key", key],
    ["session_title", title],
    ["session_kind", kind],
    ["session_starts_at", starts],
    ["session_ends_at", ends],
    ["session_link_url", link],
    ["session_host", host],
  ];
}

describe("parseSessionRows", () => {
  it("reads rows in order, skipping empty and removed rows", () => {
    const data = form([
      ...sessionRow("s1", "Livestream khai mạc", "livestream", "2026-12-03T09:00", "2026-12-03T10:00", "https://youtube.com/live/x", "MC Lan"),
      ...sessionRow("s2", "Bỏ buổi này", "talk", "2026-12-04T09:00"),
      ...sessionRow("new-0", "", "talk", ""),
      ...sessionRow("new-1", "Thử trà", "tasting", "2026-12-05T15:00"),
      ["session_remove", "s2"],
    ]);
    const { sessions, rows, errors } = parseSessionRows(data);
    expect(errors).toEqual({});
    expect(rows).toEqual([0, 3]);
    expect(sessions).toEqual([
      {
        title: "Livestream khai mạc",
        kind: "livestream",
        starts_at: "2026-12-03T09:00:00+07:00",
        ends_at: "2026-12-03T10:00:00+07:00",
        link_url: "https://youtube.com/live/x",
        host: "MC Lan",
      },
      { title: "Thử trà", kind: "tasting", starts_at: "2026-12-05T15:00:00+07:00" },
    ]);
  });

  it("reports a started row by its place in the form", () => {
    const data = form([
      ...sessionRow("new-0", "", "talk", ""),
      ...sessionRow("new-1", "", "dance", "2026-12-05", "2026-12-05T14:00"),
      ...sessionRow("new-2", "Tọa đàm", "talk", "2026-12-05T15:00", "2026-12-05T14:00"),
    ]);
    expect(parseSessionRows(data).errors).toEqual({
      "sessions.1.title": "fairPortal.errors.sessionTitle",
      "sessions.1.kind": "fairPortal.errors.sessionKind",
      "sessions.1.starts_at": "fairPortal.errors.dateTime",
      "sessions.2.ends_at": "fairPortal.errors.endBeforeStart",
    });
  });

  it("gives an empty schedule when every row is empty or removed (clears the schedule)", () => {
    const data = form([...sessionRow("s1", "A", "talk", "2026-12-03T09:00"), ["session_remove", "s1"], ...sessionRow("new-0", "", "talk", "")]);
    expect(parseSessionRows(data).sessions).toEqual([]);
  });
});

describe("sessionPathRenamer", () => {
  it("maps the backend's payload index to the form row", () => {
    const rename = sessionPathRenamer([0, 3]);
    expect(rename("sessions.1.link_url")).toBe("sessions.3.link_url");
    expect(rename("sessions.5.title")).toBeNull();
    expect(rename("name")).toBeNull();
  });
});

describe("compactFairPayload", () => {
  it("leaves out empty optional texts", () => {
    expect(compactFairPayload({ name: "A", description: "", banner_url: "https://x.vn/a.jpg" })).toEqual({ name: "A", banner_url: "https://x.vn/a.jpg" });
    expect(compactFairPayload({ name: "A", description: "B", banner_url: "" })).toEqual({ name: "A", description: "B" });
  });

  it("clears them when editing", () => {
    expect(compactFairPayload({ name: "A", description: "", banner_url: "" }, { clear: true })).toEqual({ name: "A", description: null, banner_url: null });
  });
});
