//! Work that must not hold an async worker: the state-file writes (with fsync) and the SRP
//! exponentiations of pair-setup. Each job runs on a short-lived thread of its own, named
//! [`THREAD_NAME`], and the calling task awaits its result; the runtime's workers (which
//! may be shared by several accessories) keep serving meanwhile. Jobs are rare (pairing
//! steps, stored value changes), so a thread per job costs nothing that matters, and the
//! runtime's own thread pool stays exactly its workers.

use tokio::sync::oneshot;

/// Name of the threads that run blocking jobs.
pub const THREAD_NAME: &str = "hksv-blocking";

/// Runs `job` on its own thread and waits for its result. `Err` says why there is none (the
/// thread could not be started, or the job panicked).
pub(super) async fn run<T: Send + 'static>(
    what: &str,
    job: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let (done, result) = oneshot::channel();
    std::thread::Builder::new()
        .name(THREAD_NAME.to_owned())
        .spawn(move || {
            // The waiting task may be gone (connection closed): nothing to tell then.
            let _ = done.send(job());
        })
        .map_err(|e| format!("cannot start a thread for {what}: {e}"))?;
    result
        .await
        .map_err(|_| format!("{what} ended without a result (panicked)"))
}

#[cfg(test)]
mod tests {
    #[tokio::test(flavor = "current_thread")]
    async fn a_job_runs_on_its_own_named_thread() {
        let caller = std::thread::current().id();
        let (thread, name) = super::run("test job", || {
            let me = std::thread::current();
            (me.id(), me.name().map(str::to_owned))
        })
        .await
        .unwrap();
        assert_ne!(thread, caller);
        assert_eq!(name.as_deref(), Some(super::THREAD_NAME));
        let failed = super::run("panicking job", || panic!("job failed")).await;
        assert!(failed.unwrap_err().contains("panicking job"));
    }
}
