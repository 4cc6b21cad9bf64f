import { describe, expect, it } from "vitest";
import { fairStatusActions, groupBooths, provinceFairCsvPath, producerFairResultsPath } from "./fair-portal";

describe("fair portal helpers", () => {
  it("offers the status changes a fair's status allows", () => {
    expect(fairStatusActions("draft")).toEqual(["publish", "cancel"]);
    expect(fairStatusActions("published")).toEqual(["draft", "cancel"]);
    expect(fairStatusActions("cancelled")).toEqual(["draft"]);
  });

  it("groups booths by status, unknown ones as pending", () => {
    const groups = groupBooths([{ id: 1, status: "approved" }, { id: 2, status: "pending" }, { id: 3, status: "rejected" }, { id: 4, status: "?" }]);
    expect(groups.approved.map((b) => b.id)).toEqual([1]);
    expect(groups.pending.map((b) => b.id)).toEqual([2, 4]);
    expect(groups.rejected.map((b) => b.id)).toEqual([3]);
  });

  it("builds the pages' paths", () => {
    expect(provinceFairCsvPath("fair 1")).toBe("/tinh/hoi-cho/fair%201/ket-qua.csv");
    expect(producerFairResultsPath("f1")).toBe("/nha-san-xuat/hoi-cho/f1/ket-qua");
  });
});
