using System;
using System.IO;
using Finpay.BuildSteps;

// finpay-build-steps <verb> ...: each verb prints what it found and exits 0 (fine), 1 (the check failed) or 2 (bad usage).
try
{
    return args.Length == 0 ? Usage() : args[0] switch
    {
        "test-summary" when args.Length is 2 or 3 => TestSummary.Run(args[1], args.Length == 3 ? args[2] : ""),
        "pact-drift" when args.Length == 3 => PactDrift.Run(args[1], args[2], Environment.GetEnvironmentVariable("FINPAY_ACCEPT_PACTS") == "1"),
        "check-packages" when args.Length == 3 => PackageCheck.Run(args[1], args[2]),
        "accept-public-api" when args.Length >= 3 => PublicApiAcceptance.Run(args[1], args[2..]),
        _ => Usage(),
    };
}
catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Finpay.BuildSteps test-summary <results directory> [trx file prefix]
               Finpay.BuildSteps pact-drift <produced pacts> <committed pacts>      (FINPAY_ACCEPT_PACTS=1 accepts)
               Finpay.BuildSteps check-packages <feed> <version>
               Finpay.BuildSteps accept-public-api <configuration> <project folder>...
        """);
    return 2;
}
