-- The organisation of each run of our jobs, so that the job monitor selects and pages the runs of
-- the caller's organisation in the database. The batch job repository keeps a run's parameters
-- only as text in JOB_EXECUTION.JOBPARAMETERS; every run started from now on is recorded here when
-- it starts (and a restart, which is a new execution, too). A run of the schedule "for all" had no
-- organisation and has no row.
-- Portable SQL for PostgreSQL and H2 2.x.
create table job_run (
    job_execution_id bigint       not null primary key,
    job_name         varchar(100) not null,
    organisation_id  uuid         not null references organisation (id)
);
create index job_run_organisation on job_run (organisation_id, job_name, job_execution_id);

-- The runs from before: the repository (created by the server at boot, before this migration
-- runs, in the same schema) writes each parameter on a line of its own as "name = value".
insert into job_run (job_execution_id, job_name, organisation_id)
select e.jobexecutionid, i.jobname, o.id
from job_execution e
join job_instance i on i.jobinstanceid = e.jobinstanceid
join organisation o
  on position('organisation = ' || cast(o.id as varchar(36)) in e.jobparameters) > 0
where i.jobname in ('monthly-invoicing', 'annual-statements', 'diary-exports');
