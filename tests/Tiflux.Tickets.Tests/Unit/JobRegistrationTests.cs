using Hangfire;
using Hangfire.Common;
using Tiflux.Tickets.Outbox;
using Tiflux.Tickets.Reviews;
using Tiflux.Tickets.Sla;

namespace Tiflux.Tickets.Tests.Unit;

public sealed class JobRegistrationTests
{
    [Fact]
    public void RegisterJobs_AddsTheReviewDeadlineSweep_TheSlaBreachSweep_AndTheOutboxDelivery()
    {
        var jobs = new RecordingJobManager();

        TicketsModule.RegisterJobs(jobs);

        Assert.Collection(
            jobs.Added,
            review =>
            {
                Assert.Equal("tickets.review-deadline", review.Id);
                Assert.Equal(typeof(ReviewDeadlineJob), review.Job.Type);
                Assert.Equal(nameof(ReviewDeadlineJob.RunAsync), review.Job.Method.Name);
            },
            sla =>
            {
                Assert.Equal("tickets.sla-breaches", sla.Id);
                Assert.Equal(typeof(SlaBreachJob), sla.Job.Type);
            },
            outbox =>
            {
                Assert.Equal("tickets.outbox", outbox.Id);
                Assert.Equal(typeof(TicketsOutboxJob), outbox.Job.Type);
            });
    }

    private sealed class RecordingJobManager : IRecurringJobManager
    {
        public List<(string Id, Job Job)> Added { get; } = [];

        public void AddOrUpdate(string recurringJobId, Job job, string cronExpression, RecurringJobOptions options) => Added.Add((recurringJobId, job));

        public void Trigger(string recurringJobId) => throw new NotSupportedException();

        public void RemoveIfExists(string recurringJobId) => throw new NotSupportedException();
    }
}
