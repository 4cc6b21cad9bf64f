import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202200255 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "ocop_certificate_claim" ("id" text not null, "product_id" text not null, "producer_id" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "review_note" text null, "reviewed_at" timestamptz null, "certificate_id" text null, "stars" integer not null, "score" integer null, "decision_number" text not null, "decision_date" timestamptz not null, "valid_from" timestamptz null, "expires_at" timestamptz null, "issuing_body" text not null, "issuer_level" text check ("issuer_level" in ('district', 'province', 'ministry')) not null, "evaluation_round" text null, "producer_address" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_claim_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_claim_product_id" ON "ocop_certificate_claim" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_claim_producer_id" ON "ocop_certificate_claim" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_claim_deleted_at" ON "ocop_certificate_claim" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_certificate_claim" cascade;`);
  }

}
