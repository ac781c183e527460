//! A headline that names a person after the title's colon ("Talk to Me:
//! Sophie Wilde on the A24 sequel") is not a subtitled sequel: the next
//! installment keeps its natural label.

use sequel_radar_core::extract::{extract, TitleQuery};
use sequel_radar_core::model::{Kind, Status};

#[test]
fn a_person_after_the_colon_is_not_a_subtitle() {
    let body = include_str!("corpus/007-talk-to-me-sequel-a24.txt");
    let article = format!("Talk to Me: Sophie Wilde on the A24 sequel\n\n{body}");
    let q = TitleQuery {
        name: "Talk to Me".into(),
        kind: Kind::Movie,
        year: Some(2023),
        aliases: Vec::new(),
    };
    let x = extract(&q, &article, None);
    assert_eq!(x.next.as_deref(), Some("Talk to Me 2"));
    assert_eq!(x.status, Status::Confirmed);
}
