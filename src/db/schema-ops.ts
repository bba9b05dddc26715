// Tables that let several app instances share one database (issue #10).
//
// job_lease: a named lease (e.g. 'stamp_batch:42'): the instance in `holder` works on it until
// `lease_until`; it renews the lease as it goes, and once the lease runs out (a crashed instance)
// any other instance may take it over.
//
// job_run: one row per scheduled job and calendar day. The instance that claims the row runs the
// job; `finished_at` marks it done so no other instance (or restart) runs it again that day. An
// unfinished row whose lease ran out is taken over, so a crash mid-run does not skip the day.

export type JobLeaseTable = {
  name: string;
  holder: string;
  lease_until: string;
};

export type JobRunTable = {
  job: string;
  /** 'YYYY-MM-DD' (Vietnamese calendar day for the evaluation jobs, UTC day otherwise). */
  day: string;
  holder: string;
  lease_until: string;
  started_at: string;
  finished_at: string | null;
  /** 'ok' or the error message of a failed run (a failed run is retried at the next check). */
  outcome: string | null;
};

export type OpsTables = {
  job_lease: JobLeaseTable;
  job_run: JobRunTable;
};
