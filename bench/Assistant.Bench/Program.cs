using Assistant.Bench;
using BenchmarkDotNet.Running;

// Measured commands (rates over wall-clock time): dotnet run -c Release --project bench/Assistant.Bench -- rate|throughput|reconcile
switch (args.FirstOrDefault())
{
    case "rate": return await DispatcherCommands.RateAsync(args[1..]);
    case "throughput": return await DispatcherCommands.ThroughputAsync(args[1..]);
    case "reconcile": return await ReconcileCommand.RunAsync(args[1..]);
}

// dotnet run -c Release --project bench/Assistant.Bench -- --filter '*Search*'
BenchmarkSwitcher.FromAssembly(typeof(Assistant.Bench.RepoFiles).Assembly).Run(args);
return 0;
