import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124045937 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_slug_unique";`);
    this.addSql(`create table if not exists "producer" ("id" text not null, "name" text not null, "slug" text not null, "type" text check ("type" in ('enterprise', 'cooperative', 'cooperative_group', 'household')) not null, "story" text null, "contact_name" text null, "phone" text null, "email" text null, "address" text null, "logo_url" text null, "province_code" text not null, "commune_code" text not null, "status" text check ("status" in ('pending', 'approved', 'suspended')) not null default 'pending', "approved_at" timestamptz null, "suspended_at" timestamptz null, "suspension_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_slug_unique" ON "producer" ("slug") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_province_code" ON "producer" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer" cascade;`);
  }

}
