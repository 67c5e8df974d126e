fn main() {
    moat::ui::start();
}
