package nl.ouderportaal.batch.job;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import nl.ouderportaal.domain.job.JobRunner;
import nl.ouderportaal.domain.job.JobRuns;

/**
 * The JobOperator of this module, for the domain's job monitor (see {@link JobRunner} for why it
 * lives here). Outside any transaction: JBeret writes a new execution to its repository on the
 * application's data source, and the job's own thread must see it committed. Every execution it
 * starts is recorded with its organisation (in a transaction of its own), so that the job monitor
 * can select an organisation's runs in the database.
 */
@Stateless
@Local(JobRunner.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs implements JobRunner {

  @Inject private JobRuns runs;

  @Override
  public long start(String jobName, Map<String, String> parameters) {
    long id = operator().start(jobName, properties(parameters));
    runs.record(id, jobName, parameters);
    return id;
  }

  @Override
  public long restart(long executionId, Map<String, String> parameters) {
    JobOperator operator = operator();
    String jobName = operator.getJobExecution(executionId).getJobName();
    long id = operator.restart(executionId, properties(parameters));
    runs.record(id, jobName, parameters);
    return id;
  }

  @Override
  public Optional<Execution> execution(long executionId) {
    try {
      return Optional.of(toExecution(operator().getJobExecution(executionId)));
    } catch (NoSuchJobExecutionException | NoSuchJobException unknown) {
      return Optional.empty();
    }
  }

  @Override
  public List<Execution> executions(String jobName, int instances) {
    JobOperator operator = operator();
    List<Execution> executions = new ArrayList<>();
    try {
      for (JobInstance instance : operator.getJobInstances(jobName, 0, instances)) {
        for (JobExecution execution : operator.getJobExecutions(instance)) {
          executions.add(toExecution(execution));
        }
      }
    } catch (NoSuchJobException neverRun) {
      return List.of();
    }
    executions.sort((a, b) -> Long.compare(b.id(), a.id()));
    return executions;
  }

  private Execution toExecution(JobExecution execution) {
    Map<String, Long> metrics = new HashMap<>();
    for (StepExecution step : operator().getStepExecutions(execution.getExecutionId())) {
      for (Metric metric : step.getMetrics()) {
        metrics.merge(metric.getType().name(), metric.getValue(), Long::sum);
      }
    }
    Map<String, String> parameters = new HashMap<>();
    Properties properties = execution.getJobParameters();
    if (properties != null) {
      properties.stringPropertyNames().forEach(k -> parameters.put(k, properties.getProperty(k)));
    }
    return new Execution(
        execution.getExecutionId(),
        operator().getJobInstance(execution.getExecutionId()).getInstanceId(),
        execution.getJobName(),
        execution.getBatchStatus().name(),
        instant(execution.getStartTime()),
        instant(execution.getEndTime()),
        parameters,
        metrics.getOrDefault("READ_COUNT", 0L),
        metrics.getOrDefault("WRITE_COUNT", 0L),
        metrics.getOrDefault("FILTER_COUNT", 0L),
        metrics.getOrDefault("READ_SKIP_COUNT", 0L)
            + metrics.getOrDefault("PROCESS_SKIP_COUNT", 0L)
            + metrics.getOrDefault("WRITE_SKIP_COUNT", 0L));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static Properties properties(Map<String, String> parameters) {
    Properties properties = new Properties();
    properties.putAll(parameters);
    return properties;
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
