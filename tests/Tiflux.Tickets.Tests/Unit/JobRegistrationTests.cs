using Hangfire;
using Hangfire.Common;
using Tiflux.Tickets.Reviews;

namespace Tiflux.Tickets.Tests.Unit;

public sealed class JobRegistrationTests
{
    [Fact]
    public void RegisterJobs_AddsTheReviewDeadlineSweep()
    {
        var jobs = new RecordingJobManager();

        TicketsModule.RegisterJobs(jobs);

        var (id, job) = Assert.Single(jobs.Added);
        Assert.Equal("tickets.review-deadline", id);
        Assert.Equal(typeof(ReviewDeadlineJob), job.Type);
        Assert.Equal(nameof(ReviewDeadlineJob.RunAsync), job.Method.Name);
    }

    private sealed class RecordingJobManager : IRecurringJobManager
    {
        public List<(string Id, Job Job)> Added { get; } = [];

        public void AddOrUpdate(string recurringJobId, Job job, string cronExpression, RecurringJobOptions options) => Added.Add((recurringJobId, job));

        public void Trigger(string recurringJobId) => throw new NotSupportedException();

        public void RemoveIfExists(string recurringJobId) => throw new NotSupportedException();
    }
}
