//! The heap checker's exact mode (issue 15): at quiet points every object's and every
//! number's reference count equals the references the heap and the VM's roots hold
//! (`Heap::check` with `CheckMode::Exact`, roots from `Vm::visit_roots`).
//!
//! `constructs_leave_exact_counts` runs tests/cases/memory/exact_counts_constructs.py
//! part by part in one interpreter (generators in every state, closures, classes,
//! exceptions with their tracebacks, `with`, comprehensions, bound methods, super,
//! f-strings, star-args, iterators, code made at run time) and proves the counts after
//! each part, with everything the parts made still alive; then after the soak script
//! and after teardown. The other tests show the check can fail: a count leaked or
//! dropped by one is reported, with the object and its holders.
//!
//! These call the checker directly, so they run in every build profile (a debug build
//! also checks at each `gc.collect()` of the scripts, see `Vm::check_mode`).

use mempy::runtime::heap::check::CheckMode;
use mempy::runtime::vm::Vm;
use mempy::value::Value;

const CONSTRUCTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/cases/memory/exact_counts_constructs.py"
);
const SOAK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/soak/constructs.py");

/// Runs `f` on a thread with a big stack, as the `mempy` binary runs programs.
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("the test thread panicked");
}

/// Runs `text` in `__main__` without tearing it down; panics unless it exits with 0.
fn run(vm: &mut Vm, name: &str, text: &str) {
    let code = mempy::runner::run_script(vm, name, text, false);
    assert_eq!(code, 0, "{name} failed");
}

fn assert_exact(vm: &Vm, when: &str) {
    if let Err(e) = vm.check_heap_in(CheckMode::Exact) {
        panic!("counts are not exact {when}:\n{e}");
    }
}

/// The value of global `name` of `__main__` (a new reference).
fn global(vm: &mut Vm, name: &str) -> Value {
    let g = mempy::runner::main_globals(vm);
    let k = vm.intern(name);
    vm.dict_get_item(Value::Obj(g), k)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no global {name}"))
}

#[test]
fn constructs_leave_exact_counts() {
    on_big_stack(|| {
        let mut vm = Vm::new(1 << 20);
        assert_exact(&vm, "at start-up");
        let text = std::fs::read_to_string(CONSTRUCTS).expect("script");
        let parts: Vec<&str> = text.split("# --- quiet point ---\n").collect();
        assert!(parts.len() >= 6, "the script lost its parts");
        for (k, part) in parts.iter().enumerate() {
            // Each part keeps its line numbers (tracebacks stay meaningful).
            let offset = text[..text.find(part).unwrap()].lines().count();
            let padded = format!("{}{}", "\n".repeat(offset), part);
            run(&mut vm, "exact_counts_constructs.py", &padded);
            assert_exact(&vm, &format!("after part {k} of the constructs script"));
        }
        // The objects the parts made are still alive while the counts are proved.
        let g = global(&mut vm, "g_suspended_in_try");
        assert_eq!(vm.type_name(g), "generator");
        vm.decref(g);
        let soak = std::fs::read_to_string(SOAK).expect("soak script");
        run(
            &mut vm,
            "constructs.py",
            &soak.replace("ROUND = 300", "ROUND = 3"),
        );
        assert_exact(&vm, "after the soak script");
        let globals = mempy::runner::main_globals(&mut vm);
        mempy::runner::finalize(&mut vm, globals);
        assert_exact(&vm, "after teardown");
    });
}

#[test]
fn a_leaked_reference_is_reported() {
    on_big_stack(|| {
        let mut vm = Vm::new(1 << 16);
        run(
            &mut vm,
            "leak.py",
            "class Kept:\n    pass\nk = Kept()\nn = 10 ** 9 + 7\n",
        );
        assert_exact(&vm, "before the leak");
        // One incref nobody will ever drop, on an instance and on an int object.
        for name in ["k", "n"] {
            let v = global(&mut vm, name); // a new reference: the leak
            let e = vm.check_heap_in(CheckMode::Exact).unwrap_err();
            assert!(e.contains("(a leak: a reference nobody holds)"), "{e}");
            let what = if name == "k" {
                "(instance of Kept) has refcount 2 but 1 references were found"
            } else {
                "(int 1000000007) has refcount 2 but 1 references were found"
            };
            assert!(e.contains(what), "{e}");
            // The weaker check cannot see a leak.
            vm.check_heap_in(CheckMode::AtMost).unwrap();
            vm.decref(v);
            assert_exact(&vm, "after the leak was undone");
        }
    });
}

#[test]
fn an_over_decref_is_reported_with_its_holders() {
    on_big_stack(|| {
        let mut vm = Vm::new(1 << 16);
        run(&mut vm, "over.py", "s = 'over, ' * 3\nl = [s]\n");
        let s = global(&mut vm, "s");
        vm.decref(s);
        // Drop one more than we own: the count is now below the holders.
        vm.heap.decref(s);
        for mode in [CheckMode::Exact, CheckMode::AtMost] {
            let e = vm.check_heap_in(mode).unwrap_err();
            assert!(
                e.contains("(str \"over, over, over, \") has refcount 1 but 2 references were found (an over-decref"),
                "{e}"
            );
            assert!(e.contains("held by: object #"), "{e}");
            assert!(e.contains("(list len 1)"), "{e}");
        }
        vm.heap.incref(s);
        assert_exact(&vm, "after the over-decref was undone");
    });
}

#[test]
fn the_quiet_points_are_exact_in_debug_builds() {
    let vm = Vm::new(1 << 16);
    // With no frame running, no native code can hold a reference.
    let expected = if cfg!(debug_assertions) {
        CheckMode::Exact
    } else {
        // Release builds do not count native callers, so they never claim exactness.
        CheckMode::AtMost
    };
    assert_eq!(vm.check_mode(), expected);
}
