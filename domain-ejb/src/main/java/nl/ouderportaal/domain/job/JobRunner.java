package nl.ouderportaal.domain.job;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Jakarta Batch runtime, as the batch module offers it. An interface, against our habit, for
 * one reason: the job XMLs and artifacts live in the batch module, and WildFly's JobOperator only
 * knows the jobs of the module it is called from. So the batch module implements this as an EJB
 * (which runs in its own module), and the domain, which must not depend on the batch module, looks
 * it up by its JNDI name.
 */
public interface JobRunner {

  /** The portable JNDI name of the implementation. */
  String JNDI_NAME =
      "java:global/ouderportaal/batch/BatchJobs!nl.ouderportaal.domain.job.JobRunner";

  /** A job execution with its step metrics summed over its steps. */
  record Execution(
      long id,
      long instanceId,
      String jobName,
      String status,
      Instant start,
      Instant end,
      Map<String, String> parameters,
      long read,
      long written,
      long filtered,
      long skipped)
      implements Serializable {

    public Execution {
      parameters = Map.copyOf(parameters);
    }
  }

  long start(String jobName, Map<String, String> parameters);

  /** Restarts a failed or stopped execution with these parameters; the new execution's id. */
  long restart(long executionId, Map<String, String> parameters);

  Optional<Execution> execution(long executionId);

  /** The executions of the latest {@code instances} instances of a job, newest first. */
  List<Execution> executions(String jobName, int instances);
}
