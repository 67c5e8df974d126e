//! A piece of a view drawn from the session it is given rather than the context, so that it
//! is drawn again only when something it shows differs: a keystroke elsewhere leaves it be.

use crate::state::Session;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct PureProps {
    pub session: Rc<Session>,
    /// Draws the piece.
    pub view: fn(&Rc<Session>) -> Html,
    /// Whether anything the piece shows differs between two sessions.
    pub moved: fn(&Session, &Session) -> bool,
}

impl PartialEq for PureProps {
    fn eq(&self, other: &PureProps) -> bool {
        std::ptr::fn_addr_eq(self.view, other.view)
            && (Rc::ptr_eq(&self.session, &other.session)
                || !(self.moved)(&self.session, &other.session))
    }
}

/// The piece, drawn again when what it shows moves.
#[component]
pub fn Pure(props: &PureProps) -> Html {
    (props.view)(&props.session)
}

/// `view` of `session` as a [`Pure`] piece.
pub fn pure(
    session: &Rc<Session>,
    view: fn(&Rc<Session>) -> Html,
    moved: fn(&Session, &Session) -> bool,
) -> Html {
    html! { <Pure session={session.clone()} {view} {moved} /> }
}
