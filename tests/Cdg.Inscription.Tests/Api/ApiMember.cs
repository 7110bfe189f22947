using System.Reflection;

namespace Cdg.Inscription.Tests.Api;

/// <summary>
/// A public constructor, method or property getter of the library, with its documentation ID.
/// </summary>
/// <param name="Member">The constructor, method or property.</param>
/// <param name="DocId">Its ID in the documentation file.</param>
internal sealed record ApiMember(MemberInfo Member, string DocId)
{
    /// <summary>The code that runs: the constructor, the method, or the property's getter.</summary>
    public MethodBase Method => Member is PropertyInfo property ? property.GetMethod! : (MethodBase)Member;

    /// <summary>The parameters to give: none for a property, the method's or constructor's otherwise.</summary>
    public ParameterInfo[] Parameters => Method.GetParameters();

    /// <summary>Whether the member needs an instance to be called on.</summary>
    public bool NeedsInstance => Method is MethodInfo { IsStatic: false };

    /// <summary>The type that declares the member.</summary>
    public Type DeclaringType => Member.DeclaringType!;

    /// <summary>Runs the member, and waits for the task that an asynchronous member returns.</summary>
    public object? Invoke(object? receiver, object?[] arguments)
    {
        object? result;
        try
        {
            result = Method is ConstructorInfo constructor ? constructor.Invoke(arguments) : Method.Invoke(receiver, arguments);
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(Unwrap(invocation)).Throw();
            throw;
        }

        return result switch
        {
            Task task => Await(task),
            ValueTask valueTask => Await(valueTask.AsTask()),
            not null when result.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ValueTask<>) =>
                Await((Task)type.GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(result, null)!),
            _ => result,
        };
    }

    /// <summary>The exception that a reflected call hides inside <see cref="TargetInvocationException"/>s.</summary>
    public static Exception Unwrap(Exception exception)
    {
        while (exception is TargetInvocationException { InnerException: { } inner })
        {
            exception = inner;
        }

        return exception;
    }

    private static object? Await(Task task)
    {
        task.GetAwaiter().GetResult();
        return task.GetType().IsGenericType ? task.GetType().GetProperty(nameof(Task<int>.Result))!.GetValue(task) : null;
    }
}
