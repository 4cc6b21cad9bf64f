import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124045938 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ocop_certificate" drop constraint if exists "ocop_certificate_product_id_decision_number_unique";`);
    this.addSql(`create table if not exists "ocop_certificate" ("id" text not null, "product_id" text not null, "stars" integer not null, "score" integer null, "decision_number" text not null, "decision_date" timestamptz not null, "valid_from" timestamptz not null, "expires_at" timestamptz not null, "issuing_body" text not null, "issuer_level" text check ("issuer_level" in ('district', 'province', 'ministry')) not null, "evaluation_round" text null, "producer_address" text not null, "revoked_at" timestamptz null, "revocation_reason" text null, "expiry_notice_sent_at" timestamptz null, "expiry_recorded_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_id" ON "ocop_certificate" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_expires_at" ON "ocop_certificate" ("expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ocop_certificate_deleted_at" ON "ocop_certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ocop_certificate_product_id_decision_number_unique" ON "ocop_certificate" ("product_id", "decision_number") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_certificate" cascade;`);
  }

}
