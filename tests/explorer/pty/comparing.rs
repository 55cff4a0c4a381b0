//! `b` in the real explorer: the project pinned as a baseline, the pane
//! comparing the live one with it, and `b` again letting it go.

use super::{DOWN, started};

#[test]
fn b_pins_a_baseline_the_pane_compares_and_b_again_unpins() {
    let mut session = started(120, 40);
    session.send("5");
    session.wait_slider("Touches data", "5/10");
    session.send("b");
    session.wait_for("Compared with the baseline");
    session.wait_for("comparing");
    session.wait_for("Baseline  Python: Python 76");
    session.send(DOWN);
    session.send("9");
    session.wait_slider("Real-time features", "9/10");
    session.wait_for("Real-time features 0 → 9");
    session.wait_for("The verdict changes from Python to too close to call");
    session.send("b");
    session.wait_for("Unpinned the baseline");
    session.wait_gone("Compared with the baseline");
    session.wait_gone("comparing");
}
