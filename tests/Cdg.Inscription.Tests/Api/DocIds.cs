using System.Reflection;

namespace Cdg.Inscription.Tests.Api;

/// <summary>
/// The ID that the C# compiler gives a member in its XML documentation file
/// (<c>M:Namespace.Type.Method(Param.Type,...)</c>, <c>M:Namespace.Type.#ctor</c>, <c>P:…</c>):
/// generic types with a backtick and their arity, constructed ones with braces, method type
/// parameters with two backticks, arrays with brackets, <c>out</c> and <c>ref</c> with <c>@</c>.
/// </summary>
internal static class DocIds
{
    /// <summary>The ID of a constructor, method, property or type.</summary>
    public static string Of(MemberInfo member) => member switch
    {
        ConstructorInfo constructor => "M:" + DefinitionName(constructor.DeclaringType!) + "." + (constructor.IsStatic ? "#cctor" : "#ctor") + Parameters(constructor.GetParameters()),
        MethodInfo method => "M:" + DefinitionName(method.DeclaringType!) + "." + method.Name.Replace('.', '#')
            + (method.IsGenericMethodDefinition || method.IsGenericMethod ? "``" + method.GetGenericArguments().Length : string.Empty)
            + Parameters(method.GetParameters())
            + (method.Name is "op_Implicit" or "op_Explicit" ? "~" + Reference(method.ReturnType) : string.Empty),
        PropertyInfo property => "P:" + DefinitionName(property.DeclaringType!) + "." + property.Name.Replace('.', '#') + Parameters(property.GetIndexParameters()),
        FieldInfo field => "F:" + DefinitionName(field.DeclaringType!) + "." + field.Name,
        EventInfo @event => "E:" + DefinitionName(@event.DeclaringType!) + "." + @event.Name,
        Type type => "T:" + DefinitionName(type),
        _ => throw new ArgumentException($"No documentation ID for a {member.MemberType}.", nameof(member)),
    };

    /// <summary>The name of a type as a declaration: <c>System.Collections.Generic.List`1</c>.</summary>
    public static string DefinitionName(Type type)
    {
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            type = type.GetGenericTypeDefinition();
        }

        if (type.IsNested)
        {
            return DefinitionName(type.DeclaringType!) + "." + type.Name;
        }

        return type.Namespace is null ? type.Name : type.Namespace + "." + type.Name;
    }

    /// <summary>The name of a type where a parameter uses it: <c>System.Collections.Generic.IEnumerable{System.String}</c>.</summary>
    public static string Reference(Type type)
    {
        if (type.IsByRef)
        {
            return Reference(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return Reference(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            var dimensions = rank == 1 && type.IsSZArray ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]";
            return Reference(type.GetElementType()!) + dimensions;
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (!type.IsGenericType)
        {
            return DefinitionName(type);
        }

        // A constructed type, possibly nested in generic types: each level takes its own arguments.
        var arguments = new Queue<Type>(type.GetGenericArguments());
        var levels = new List<Type>();
        for (var level = type.IsGenericTypeDefinition ? type : type.GetGenericTypeDefinition(); level is not null; level = level.DeclaringType)
        {
            levels.Insert(0, level);
        }

        var parts = new List<string>();
        foreach (var level in levels)
        {
            var tick = level.Name.IndexOf('`');
            var name = tick < 0 ? level.Name : level.Name.Substring(0, tick);
            var arity = tick < 0 ? 0 : int.Parse(level.Name.Substring(tick + 1), System.Globalization.CultureInfo.InvariantCulture);
            var own = Enumerable.Range(0, arity).Select(_ => Reference(arguments.Dequeue())).ToArray();
            parts.Add(arity == 0 ? name : name + "{" + string.Join(",", own) + "}");
        }

        var outermost = levels[0];
        return (outermost.Namespace is null ? string.Empty : outermost.Namespace + ".") + string.Join(".", parts);
    }

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => Reference(p.ParameterType))) + ")";
}
