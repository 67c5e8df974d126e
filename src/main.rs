fn main() {
    yew::Renderer::<moat::ui::App>::new().render();
}
