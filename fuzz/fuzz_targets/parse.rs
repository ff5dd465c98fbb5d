//! Fuzz target 1: arbitrary bytes through the lexer, the layout pass and the parser
//! (and the CPython-style error rendering). Must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let text = text.to_string();
    // Same large stack as the `mempy` binary's interpreter thread.
    let child = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let src = mempy::source::SourceFile::new("<fuzz>", &text);
            match mempy::parser::parse(&src.text, mempy::parser::Mode::Module) {
                Ok(m) => mempy::parser::drop_module(m),
                Err(e) => {
                    let _ = e.render_cpython(&src);
                }
            }
        })
        .expect("spawn");
    if child.join().is_err() {
        panic!("the parser panicked");
    }
});
