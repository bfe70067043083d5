fn main() {
    // ANCHOR: here
    let s1 = String::from("hello");
    let s2 = s1;
    // ANCHOR_END: here
    println!("{s2}");
}
