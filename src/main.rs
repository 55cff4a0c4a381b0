use std::process::ExitCode;

fn main() -> ExitCode {
    stackcompare::cli::main()
}
