import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`partner_project_funding\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`intermediary_id\` integer,
  	FOREIGN KEY (\`intermediary_id\`) REFERENCES \`international_partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`international_partners_cooperation_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`partner_project_funding_order_idx\` ON \`partner_project_funding\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`partner_project_funding_parent_id_idx\` ON \`partner_project_funding\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`partner_project_funding_intermediary_idx\` ON \`partner_project_funding\` (\`intermediary_id\`);`)
  await db.run(sql`CREATE TABLE \`partner_project_funding_locales\` (
  	\`funder\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`partner_project_funding\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`partner_project_funding_locales_locale_parent_id_unique\` ON \`partner_project_funding_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_partner_project_funding_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`intermediary_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`intermediary_id\`) REFERENCES \`international_partners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_international_partners_v_version_cooperation_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_partner_project_funding_v_order_idx\` ON \`_partner_project_funding_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_partner_project_funding_v_parent_id_idx\` ON \`_partner_project_funding_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_partner_project_funding_v_intermediary_idx\` ON \`_partner_project_funding_v\` (\`intermediary_id\`);`)
  await db.run(sql`CREATE TABLE \`_partner_project_funding_v_locales\` (
  	\`funder\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_partner_project_funding_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_partner_project_funding_v_locales_locale_parent_id_unique\` ON \`_partner_project_funding_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`regional_networks_locales\` ADD \`contact_prompt\` text;`)
  await db.run(sql`ALTER TABLE \`_regional_networks_v_locales\` ADD \`version_contact_prompt\` text;`)
  await db.run(sql`ALTER TABLE \`action_plans\` ADD \`period_precision\` text DEFAULT 'month';`)
  await db.run(sql`ALTER TABLE \`action_plans_locales\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`action_plans_locales\` ADD \`other_emphases_title\` text;`)
  await db.run(sql`ALTER TABLE \`action_plans_locales\` ADD \`other_emphases_content\` text;`)
  await db.run(sql`ALTER TABLE \`_action_plans_v\` ADD \`version_period_precision\` text DEFAULT 'month';`)
  await db.run(sql`ALTER TABLE \`_action_plans_v_locales\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_action_plans_v_locales\` ADD \`version_other_emphases_title\` text;`)
  await db.run(sql`ALTER TABLE \`_action_plans_v_locales\` ADD \`version_other_emphases_content\` text;`)
  await db.run(sql`ALTER TABLE \`action_plan_targets\` ADD \`target_deadline_precision\` text DEFAULT 'day';`)
  await db.run(sql`ALTER TABLE \`action_plan_targets_locales\` ADD \`baseline_reference\` text;`)
  await db.run(sql`ALTER TABLE \`_action_plan_targets_v\` ADD \`version_target_deadline_precision\` text DEFAULT 'day';`)
  await db.run(sql`ALTER TABLE \`_action_plan_targets_v_locales\` ADD \`version_baseline_reference\` text;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_contact_card\` ADD \`intro\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_contact_card\` ADD \`intro\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_published_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`partner_project_funding\`;`)
  await db.run(sql`DROP TABLE \`partner_project_funding_locales\`;`)
  await db.run(sql`DROP TABLE \`_partner_project_funding_v\`;`)
  await db.run(sql`DROP TABLE \`_partner_project_funding_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`regional_networks_locales\` DROP COLUMN \`contact_prompt\`;`)
  await db.run(sql`ALTER TABLE \`_regional_networks_v_locales\` DROP COLUMN \`version_contact_prompt\`;`)
  await db.run(sql`ALTER TABLE \`action_plans\` DROP COLUMN \`period_precision\`;`)
  await db.run(sql`ALTER TABLE \`action_plans_locales\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`action_plans_locales\` DROP COLUMN \`other_emphases_title\`;`)
  await db.run(sql`ALTER TABLE \`action_plans_locales\` DROP COLUMN \`other_emphases_content\`;`)
  await db.run(sql`ALTER TABLE \`_action_plans_v\` DROP COLUMN \`version_period_precision\`;`)
  await db.run(sql`ALTER TABLE \`_action_plans_v_locales\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_action_plans_v_locales\` DROP COLUMN \`version_other_emphases_title\`;`)
  await db.run(sql`ALTER TABLE \`_action_plans_v_locales\` DROP COLUMN \`version_other_emphases_content\`;`)
  await db.run(sql`ALTER TABLE \`action_plan_targets\` DROP COLUMN \`target_deadline_precision\`;`)
  await db.run(sql`ALTER TABLE \`action_plan_targets_locales\` DROP COLUMN \`baseline_reference\`;`)
  await db.run(sql`ALTER TABLE \`_action_plan_targets_v\` DROP COLUMN \`version_target_deadline_precision\`;`)
  await db.run(sql`ALTER TABLE \`_action_plan_targets_v_locales\` DROP COLUMN \`version_baseline_reference\`;`)
  await db.run(sql`ALTER TABLE \`pages_blocks_contact_card\` DROP COLUMN \`intro\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`published_at\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_contact_card\` DROP COLUMN \`intro\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_published_at\`;`)
}
