namespace Tiflux.SharedKernel;

/// <summary>Outcome of a business action: success, or the expected errors that explain why not.</summary>
public class Result
{
    protected Result(IReadOnlyList<Error> errors) => Errors = errors;

    public IReadOnlyList<Error> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    public static Result Success() => new([]);

    public static Result Failure(params Error[] errors) => new(errors);

    public static Result Failure(IReadOnlyList<Error> errors) => new(errors);
}

/// <summary>Outcome of a business action that produces a value on success.</summary>
public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(T value)
        : base([]) => _value = value;

    private Result(IReadOnlyList<Error> errors)
        : base(errors)
    {
    }

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException("A failed result has no value.");

    public static Result<T> Success(T value) => new(value);

    public static new Result<T> Failure(params Error[] errors) => new(errors);

    public static new Result<T> Failure(IReadOnlyList<Error> errors) => new(errors);

    public static implicit operator Result<T>(Error error) => new([error]);
}
