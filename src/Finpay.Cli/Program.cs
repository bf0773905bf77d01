using System.Threading.Tasks;
using Finpay.Cli;

return await FinpayCli.RunAsync(args, CliIO.FromSystemConsole());
