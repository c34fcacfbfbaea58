using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Assistant.Bench -- --filter '*Search*'
BenchmarkSwitcher.FromAssembly(typeof(Assistant.Bench.RepoFiles).Assembly).Run(args);
