//! Prints the generated large pack the benchmarks use, to measure the
//! command line on it: `cargo run --release --example large_pack -- 10000 > large.yaml`
//! (the number of factors; 200 sliders and 8 options).

#[path = "../benches/support/large_pack.rs"]
mod large_pack;

fn main() {
    let factors = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    print!("{}", large_pack::large_pack_yaml(7, factors, 200, 8));
}
