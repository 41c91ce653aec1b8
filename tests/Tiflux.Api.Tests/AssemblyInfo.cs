// Each collection runs its own host, and Hangfire's client state (storage, log provider) is static per process:
// collections run one after another so no host is disposed under another one's request.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
