using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;

namespace Tiflux.BuildingBlocks.Outbox;

/// <summary>
/// Delivers a module's unprocessed <c>outbox_messages</c> to the <see cref="IIntegrationEventConsumer{TEvent}"/>s
/// registered in DI. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so two processes never deliver the same
/// row at the same time; a failing row keeps its place with <c>attempts</c> and <c>last_error</c> and is retried on the
/// next run until <see cref="MaxAttempts"/>. Delivery is at least once.
/// </summary>
public sealed class OutboxProcessor<TContext>(TContext db, IServiceProvider services, OutboxEventTypes types, TimeProvider clock)
    where TContext : DbContext
{
    public const int MaxAttempts = 10;

    /// <summary>Processes up to <paramref name="batchSize"/> rows of <paramref name="schema"/>; returns how many were delivered.</summary>
    public async Task<int> ProcessAsync(string schema, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
#pragma warning disable EF1002, EF1003 // the schema is a module constant, never user input
        var rows = await db.Set<OutboxMessage>()
            .FromSqlRaw(
                $"SELECT * FROM \"{schema}\".outbox_messages WHERE processed_at IS NULL AND attempts < {MaxAttempts} " +
                $"ORDER BY occurred_at LIMIT {batchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002, EF1003
        var delivered = 0;
        foreach (var row in rows)
        {
            try
            {
                if (types.Find(row.Type) is { } type)
                {
                    var integrationEvent = (IIntegrationEvent?)JsonSerializer.Deserialize(row.Payload, type, JsonOptions)
                        ?? throw new InvalidOperationException($"Empty payload in outbox message {row.Id}.");
                    await (Task)DispatchMethod.MakeGenericMethod(type).Invoke(null, [services, integrationEvent, cancellationToken])!;
                }

                row.ProcessedAt = clock.GetUtcNow();
                row.LastError = null;
                delivered++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                row.Attempts++;
                var message = (ex.InnerException ?? ex).Message;
                row.LastError = message.Length > 4000 ? message[..4000] : message;
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return delivered;
    }

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly System.Reflection.MethodInfo DispatchMethod =
        typeof(OutboxProcessor<TContext>).GetMethod(nameof(DispatchAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static async Task DispatchAsync<TEvent>(IServiceProvider services, TEvent integrationEvent, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
    {
        foreach (var handler in services.GetServices<IIntegrationEventConsumer<TEvent>>())
        {
            await handler.HandleAsync(integrationEvent, cancellationToken);
        }
    }
}

/// <summary>Maps the <c>type</c> column of outbox rows to event records; a row of an unknown type is marked processed.</summary>
public sealed class OutboxEventTypes
{
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

    public OutboxEventTypes Add<TEvent>(string name)
        where TEvent : IIntegrationEvent
    {
        _types[name] = typeof(TEvent);
        return this;
    }

    public Type? Find(string name) => _types.GetValueOrDefault(name);
}

/// <summary>Writing events into a module's outbox.</summary>
public static class OutboxMessages
{
    /// <summary>An outbox row carrying <paramref name="integrationEvent"/> as JSON.</summary>
    public static OutboxMessage From<TEvent>(string type, TEvent integrationEvent)
        where TEvent : IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        return new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = type,
            Payload = JsonSerializer.Serialize(integrationEvent, OutboxProcessor<DbContext>.JsonOptions),
            OccurredAt = integrationEvent.OccurredAt,
        };
    }
}
