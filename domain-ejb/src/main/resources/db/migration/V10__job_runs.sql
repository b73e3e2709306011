-- The organisation of each run of our jobs, so that the job monitor selects and pages the runs of
-- the caller's organisation in the database. The batch job repository keeps a run's parameters
-- only as text in JOB_EXECUTION.JOBPARAMETERS; every run started from now on is recorded here when
-- it starts (and a restart, which is a new execution, too). A run of the schedule "for all" had no
-- organisation and has no row. The runs from before are linked by migration 10.1
-- (EarlierJobRuns, in Java: the repository's tables are not ours and need not exist).
-- Portable SQL for PostgreSQL and H2 2.x.
create table job_run (
    job_execution_id bigint       not null primary key,
    job_name         varchar(100) not null,
    organisation_id  uuid         not null references organisation (id)
);
create index job_run_organisation on job_run (organisation_id, job_name, job_execution_id);
