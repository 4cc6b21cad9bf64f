import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202200254 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "province_policy" drop constraint if exists "province_policy_province_code_unique";`);
    this.addSql(`alter table if exists "province_officer" drop constraint if exists "province_officer_email_unique";`);
    this.addSql(`create table if not exists "province_officer" ("id" text not null, "name" text not null, "email" text not null, "province_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "province_officer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_province_officer_email_unique" ON "province_officer" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_province_officer_province_code" ON "province_officer" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_province_officer_deleted_at" ON "province_officer" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "province_policy" ("id" text not null, "province_code" text not null, "auto_approve_producers" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "province_policy_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_province_policy_province_code_unique" ON "province_policy" ("province_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_province_policy_deleted_at" ON "province_policy" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "province_officer" cascade;`);

    this.addSql(`drop table if exists "province_policy" cascade;`);
  }

}
