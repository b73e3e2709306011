-- Running a real organisation from the back-office: the days a location opens, the capacity of a
-- group per day part, employees who leave, the flex hours a contract includes (granted as credits
-- of each year it covers), an audit log that names the family and what was before and after, and
-- the mails of one recipient for the service desk.
-- Portable SQL for PostgreSQL and H2 2.x.

-- the weekdays a location is open, e.g. 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY'
alter table location add column opening_days varchar(60) default 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY' not null;

-- how many children a group takes in each day part of its location's care type
create table group_capacity (
    group_id uuid        not null references care_group (id),
    day_part varchar(20) not null,
    capacity integer     not null,
    primary key (group_id, day_part),
    constraint group_capacity_part check (day_part in ('MORNING', 'AFTERNOON', 'BEFORE_SCHOOL', 'AFTER_SCHOOL', 'HOLIDAY_DAY')),
    constraint group_capacity_positive check (capacity between 1 and 30)
);
insert into group_capacity (group_id, day_part, capacity)
    select g.id, 'MORNING', g.capacity from care_group g join location l on l.id = g.location_id where l.care_type = 'DAYCARE';
insert into group_capacity (group_id, day_part, capacity)
    select g.id, 'AFTERNOON', g.capacity from care_group g join location l on l.id = g.location_id where l.care_type = 'DAYCARE';
insert into group_capacity (group_id, day_part, capacity)
    select g.id, 'BEFORE_SCHOOL', g.capacity from care_group g join location l on l.id = g.location_id where l.care_type = 'OUT_OF_SCHOOL';
insert into group_capacity (group_id, day_part, capacity)
    select g.id, 'AFTER_SCHOOL', g.capacity from care_group g join location l on l.id = g.location_id where l.care_type = 'OUT_OF_SCHOOL';
insert into group_capacity (group_id, day_part, capacity)
    select g.id, 'HOLIDAY_DAY', g.capacity from care_group g join location l on l.id = g.location_id where l.care_type = 'OUT_OF_SCHOOL';
alter table care_group drop constraint care_group_capacity;
alter table care_group drop column capacity;

-- an employee who left keeps their name on what they wrote, but no login and no groups
alter table staff_member add column deactivated_at timestamp with time zone;

-- the flex hours a contract includes per year; they become the child's credits of each year
alter table contract add column flex_daycare_hours numeric(7, 2) default 0 not null;
alter table contract add column flex_out_of_school_hours numeric(7, 2) default 0 not null;
alter table contract add column holiday_hours numeric(7, 2) default 0 not null;
alter table contract add constraint contract_flex_hours
    check (flex_daycare_hours >= 0 and flex_out_of_school_hours >= 0 and holiday_hours >= 0);

-- CONTRACT: hours a child has from its contracts' flex hours of a year (kept equal to them)
alter table credit_mutation drop constraint credit_mutation_kind;
alter table credit_mutation add constraint credit_mutation_kind
    check (kind in ('GRANT', 'CONTRACT', 'CORRECTION', 'SPEND', 'REFUND', 'EXPIRY'));

-- the audit log of a family (its parents, children, contracts and placements) in one place, with
-- what a change changed
alter table audit_event add column family_id uuid;
alter table audit_event add column before_text varchar(1000);
alter table audit_event add column after_text varchar(1000);
create index audit_event_family on audit_event (family_id, occurred_at);

-- the mails sent to one address, for the service desk
create index outbox_mail_recipient on outbox_mail (recipient, created_at);
