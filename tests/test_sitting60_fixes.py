"""Sixtieth sitting, fixes: open findings of earlier trials fixed as general mechanisms (docs/trials/trial59.md):
a task of several paragraphs, a list or a ``Note:`` over its ``### Solution`` heading is one card (T59-2's rest)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting60" / "fixes"


# --- T59-2's remaining tasks: a long task over its solution heading ----------------------------------------------------


def test_a_long_task_with_a_list_and_a_note_is_one_card_over_its_solution(tmp_path: Path) -> None:
    """T59-2 (the 9 CKA tasks left open): ``## (*02.02*) SECTION: STORAGE`` / a rule / the task in seven blocks or more
    (its command, paragraphs, a list, ``Note: …``) / ``### Solution`` / a rule / the solution. Before: two cards a task,
    the task the back of its own heading's card and the solution a card fronted '(02.02) SECTION: STORAGE › Solution'
    (an answer label was seen only under six blocks of text at most). Now one card a task: the whole task, its list and
    note included, on the front, the solution on the back; the short task as before."""
    notes, _, _ = built_notes(tmp_path, {"tasks.md": DATA / "long-task-solutions.md"})
    fronts = [note_front(n) for n in notes]
    assert len(notes) == 3, fronts
    assert fronts[0] == (
        "Switch to the right cluster first: kubectl config use-context lab2 A pod called web-frontend runs in the shop "
        "namespace and is exposed by a ClusterIP service called web-svc. Another pod called probe-client checks the service "
        "every few seconds with curl. Lately the probe-client logs show connection errors. Find the cause and fix it so that "
        "the probe succeeds again. Note: you cannot reach the service from your own machine, but you can exec into "
        "web-frontend. (02.01) SECTION: TROUBLESHOOTING"
    ), fronts[0]
    assert note_back(notes[0]) == (
        "The service's targetPort is 8080 while nginx listens on 80: edit the service with kubectl edit svc web-svc -n shop "
        "and set targetPort to 80."
    )
    assert fronts[1] == (
        "Switch to the right cluster first: kubectl config use-context lab1 A storage class called fast-local was created "
        "earlier. Use it to create a persistent volume called cache-pv with these settings: Capacity 200Mi. The volume type is "
        "hostPath, at the path /opt/cache. It has the label tier: gold. Then create a persistent volume claim called cache-pvc "
        "that asks for 100Mi of that volume. Note: the directory /opt/cache already exists on the node. (02.02) SECTION: STORAGE"
    ), fronts[1]
    assert note_back(notes[1]) == "Write both objects in one manifest with storageClassName fast-local, then run kubectl apply -f cache.yaml."
    assert fronts[2] == "Scale the deployment api to five replicas. (02.03) SECTION: WORKLOADS"
    assert note_back(notes[2]) == "Run kubectl scale deployment api --replicas=5."
    assert not any("Solution" in f for f in fronts), fronts

