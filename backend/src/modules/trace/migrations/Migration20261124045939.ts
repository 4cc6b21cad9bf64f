import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124045939 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stamp" drop constraint if exists "stamp_code_unique";`);
    this.addSql(`alter table if exists "stamp_lot" drop constraint if exists "stamp_lot_product_id_lot_code_unique";`);
    this.addSql(`create table if not exists "stamp_lot" ("id" text not null, "product_id" text not null, "producer_id" text not null, "lot_code" text not null, "produced_at" timestamptz not null, "expires_at" timestamptz null, "quantity" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stamp_lot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_lot_product_id" ON "stamp_lot" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_lot_producer_id" ON "stamp_lot" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_lot_deleted_at" ON "stamp_lot" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stamp_lot_product_id_lot_code_unique" ON "stamp_lot" ("product_id", "lot_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stamp" ("id" text not null, "code" text not null, "scan_count" integer not null default 0, "first_scanned_at" timestamptz null, "last_scanned_at" timestamptz null, "lot_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stamp_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stamp_code_unique" ON "stamp" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_lot_id" ON "stamp" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stamp_deleted_at" ON "stamp" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "lot_event" ("id" text not null, "type" text check ("type" in ('harvest', 'processing', 'packing', 'inspection', 'shipping')) not null, "occurred_at" timestamptz not null, "location" text null, "note" text null, "lot_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lot_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_event_lot_id" ON "lot_event" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lot_event_deleted_at" ON "lot_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "stamp" add constraint "stamp_lot_id_foreign" foreign key ("lot_id") references "stamp_lot" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "lot_event" add constraint "lot_event_lot_id_foreign" foreign key ("lot_id") references "stamp_lot" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "stamp" drop constraint if exists "stamp_lot_id_foreign";`);

    this.addSql(`alter table if exists "lot_event" drop constraint if exists "lot_event_lot_id_foreign";`);

    this.addSql(`drop table if exists "stamp_lot" cascade;`);

    this.addSql(`drop table if exists "stamp" cascade;`);

    this.addSql(`drop table if exists "lot_event" cascade;`);
  }

}
