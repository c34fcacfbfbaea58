using Assistant.Bench;
using BenchmarkDotNet.Running;

// Measured commands first (rates over wall-clock time); everything else goes to BenchmarkDotNet.
switch (args.FirstOrDefault())
{
    case "rate": return await DispatcherCommands.RateAsync(args[1..]);
    case "throughput": return await DispatcherCommands.ThroughputAsync(args[1..]);
    case "reconcile": return await ReconcileCommand.RunAsync(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(DispatcherCommands).Assembly).Run(args);
return 0;
