import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202200253 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_order" drop constraint if exists "producer_order_order_id_producer_id_unique";`);
    this.addSql(`alter table if exists "producer_member" drop constraint if exists "producer_member_email_unique";`);
    this.addSql(`create table if not exists "producer_member" ("id" text not null, "name" text not null, "email" text not null, "role" text check ("role" in ('owner', 'staff')) not null default 'staff', "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_member_email_unique" ON "producer_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_member_producer_id" ON "producer_member" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_member_deleted_at" ON "producer_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_order" ("id" text not null, "order_id" text not null, "producer_id" text not null, "status" text check ("status" in ('pending', 'confirmed', 'shipped', 'cancelled')) not null default 'pending', "items" jsonb not null, "item_total" numeric not null, "shipping_total" numeric not null, "total" numeric not null, "carrier" text null, "tracking_number" text null, "confirmed_at" timestamptz null, "shipped_at" timestamptz null, "cancelled_at" timestamptz null, "cancel_reason" text null, "raw_item_total" jsonb not null, "raw_shipping_total" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_order_order_id" ON "producer_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_order_producer_id" ON "producer_order" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_order_deleted_at" ON "producer_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_order_order_id_producer_id_unique" ON "producer_order" ("order_id", "producer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "producer_member" add constraint "producer_member_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`);

    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_status_check";`);

    this.addSql(`alter table if exists "producer" add column if not exists "rejection_reason" text null, add column if not exists "trusted" boolean not null default false, add column if not exists "papers" jsonb null;`);
    this.addSql(`alter table if exists "producer" add constraint "producer_status_check" check("status" in ('pending', 'approved', 'rejected', 'suspended'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_member" cascade;`);

    this.addSql(`drop table if exists "producer_order" cascade;`);

    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_status_check";`);

    this.addSql(`alter table if exists "producer" drop column if exists "rejection_reason", drop column if exists "trusted", drop column if exists "papers";`);

    this.addSql(`alter table if exists "producer" add constraint "producer_status_check" check("status" in ('pending', 'approved', 'suspended'));`);
  }

}
