//! The administrators' settings bodies (reset policy, password and lockout
//! rules, custom security questions) through `parse_json`, the DTO→domain
//! mapping and the domain's `apply` / `edit_custom`. What is accepted is
//! within the documented bounds, reads back as it was written, and applying
//! it again changes nothing.
#![no_main]

use std::collections::BTreeSet;

use latchkey_api::extract::parse_json;
use latchkey_core::admin::{LOCKOUT_MAX_SECONDS, PasswordPolicy, ResetPolicy};
use latchkey_core::model::questions::{CustomQuestion, CustomQuestionEdit, MAX_CUSTOM, edit_custom};
use latchkey_core::model::methods::MethodKind;
use latchkey_core::model::settings::{LockoutRules, OrgSettings, PasswordRules, Scope};
use latchkey_dto as dto;
use libfuzzer_sys::fuzz_target;

// The mappings below mirror `core_reset_policy` / `core_password_policy` in
// functions/api/src/routes/admin/convert.rs field by field (they hold no checks: the
// checks are the domain's, which is what this target exercises).
fn reset_policy(p: dto::ResetPolicy) -> Option<ResetPolicy> {
    let scope = match p.scope {
        dto::ResetScope::None => Scope::None,
        dto::ResetScope::All => Scope::All,
        dto::ResetScope::Groups | dto::ResetScope::Group => Scope::Groups {
            groups: p
                .scope_groups
                .iter()
                .chain(&p.scope_group)
                .map(|g| latchkey_core::model::values::GroupName::parse(g).ok())
                .collect::<Option<BTreeSet<_>>>()?,
        },
    };
    let methods_allowed = p
        .methods_allowed
        .into_iter()
        .map(|m| match m {
            dto::MethodKind::Email => MethodKind::Email,
            dto::MethodKind::Sms => MethodKind::Sms,
            dto::MethodKind::Questions => MethodKind::Questions,
            dto::MethodKind::Voice => MethodKind::Voice,
            dto::MethodKind::Authenticator => MethodKind::Authenticator,
            dto::MethodKind::Passkey => MethodKind::Passkey,
        })
        .collect::<BTreeSet<_>>();
    Some(ResetPolicy {
        scope,
        methods_allowed,
        methods_required: p.methods_required,
        questions_to_register: p.questions_to_register,
        questions_to_reset: p.questions_to_reset,
        require_registration: p.require_registration,
        reconfirm_days: p.reconfirm_days,
        notify_users: p.notify_users,
        notify_admins_on_admin_reset: p.notify_admins_on_admin_reset,
        directory_contacts_count: p.directory_contacts_count,
        second_factor_for_everyone: p.second_factor_for_everyone,
        temporary_passwords: p.temporary_passwords,
    })
}

fn password_policy(p: dto::PasswordPolicy) -> PasswordPolicy {
    PasswordPolicy {
        password: PasswordRules {
            min_length: p.min_length,
            history: p.history,
            custom_banned: p.custom_banned,
            max_age_days: p.max_age_days,
        },
        lockout: LockoutRules {
            threshold: p.lockout_threshold,
            base_seconds: p.lockout_seconds,
            max_seconds: p.lockout_max_seconds,
        },
    }
}

fn check_reset_policy(json: &[u8]) {
    let Ok(body) = parse_json::<dto::UpdatePolicyRequest>(json) else { return };
    let Some(policy) = reset_policy(body.policy) else { return };
    let mut settings = OrgSettings::default();
    if policy.apply(&mut settings).is_err() {
        assert_eq!(settings, OrgSettings::default(), "a refused policy changes nothing");
        return;
    }
    assert!((1..=2).contains(&settings.reset.methods_required));
    assert!(!settings.registration.methods_allowed.is_empty());
    assert!((3..=5).contains(&settings.questions.register));
    assert!((1..=settings.questions.register).contains(&settings.questions.reset));
    assert!(settings.registration.reconfirm_days <= 730);
    assert_eq!(ResetPolicy::of(&settings), policy, "reads back as written");
}

fn check_password_policy(json: &[u8]) {
    let Ok(body) = parse_json::<dto::UpdatePasswordPolicyRequest>(json) else { return };
    let policy = password_policy(body.policy);
    let mut settings = OrgSettings::default();
    if policy.apply(&mut settings).is_err() {
        assert_eq!(settings, OrgSettings::default(), "a refused policy changes nothing");
        return;
    }
    let (p, l) = (&settings.password, &settings.lockout);
    assert!((8..=64).contains(&p.min_length));
    assert!(p.history <= 24);
    assert!(p.max_age_days.is_none_or(|d| (1..=3650).contains(&d)));
    assert!(p.custom_banned.len() <= 1000);
    for (i, term) in p.custom_banned.iter().enumerate() {
        assert!((4..=16).contains(&term.chars().count()), "{term:?}");
        assert_eq!(term.trim(), term);
        assert_eq!(&term.to_lowercase(), term);
        assert!(!p.custom_banned[..i].contains(term), "no repeats");
    }
    assert!((1..=100).contains(&l.threshold));
    assert!((1..=LOCKOUT_MAX_SECONDS).contains(&l.base_seconds));
    assert!((l.base_seconds..=LOCKOUT_MAX_SECONDS).contains(&l.max_seconds));
    let mut previous = 0;
    for nth in [0, 1, 2, 3, 10, 63, 64, 65, 1000, u32::MAX] {
        let seconds = l.duration_of(nth).num_seconds();
        assert!(seconds >= previous && seconds <= i64::try_from(l.max_seconds).unwrap(), "{nth}: {seconds}");
        previous = seconds;
    }
    let mut again = settings.clone();
    PasswordPolicy::of(&settings).apply(&mut again).expect("what was saved is valid");
    assert_eq!(again, settings, "applying it again changes nothing");
}

fn check_custom_questions(json: &[u8]) {
    let Ok(body) = parse_json::<dto::UpdateCustomQuestionsRequest>(json) else { return };
    let current = vec![
        CustomQuestion { id: "c00000001".into(), text: "Which office did you start in?".into() },
        CustomQuestion { id: "c00000002".into(), text: "What was your first team called?".into() },
    ];
    let edits: Vec<CustomQuestionEdit> =
        body.questions.into_iter().map(|q| CustomQuestionEdit { id: q.id, text: q.text }).collect();
    let mut n = 100;
    let Ok(saved) = edit_custom(&current, &edits, || {
        n += 1;
        format!("c{n:08}")
    }) else {
        return;
    };
    assert!(saved.len() <= MAX_CUSTOM);
    assert_eq!(saved.len(), edits.len());
    for (i, q) in saved.iter().enumerate() {
        assert!((10..=200).contains(&q.text.chars().count()), "{:?}", q.text);
        assert!(!q.text.chars().any(char::is_control));
        assert_eq!(q.text.split_whitespace().collect::<Vec<_>>().join(" "), q.text, "spacing tidied");
        assert!(saved[..i].iter().all(|p| p.id != q.id), "ids are unique");
        assert!(saved[..i].iter().all(|p| p.text.to_lowercase() != q.text.to_lowercase()));
        match &edits[i].id {
            Some(id) => assert_eq!(&q.id, id, "a kept question keeps its id"),
            None => assert!(current.iter().all(|c| c.id != q.id), "a new question never reuses an id"),
        }
    }
    let resubmitted: Vec<CustomQuestionEdit> =
        saved.iter().map(|q| CustomQuestionEdit { id: Some(q.id.clone()), text: q.text.clone() }).collect();
    let again =
        edit_custom(&saved, &resubmitted, || unreachable!("no new question")).expect("saved is valid");
    assert_eq!(again, saved, "saving the list again changes nothing");
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, json)) = data.split_first() else { return };
    match which % 3 {
        0 => check_reset_policy(json),
        1 => check_password_policy(json),
        _ => check_custom_questions(json),
    }
});
