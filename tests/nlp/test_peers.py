"""The peers compared with our classifier: their documented mappings to our labels."""

from __future__ import annotations

from nlp.peers import comparison_markdown, evaluate_peers, profanity_check, vader


def test_profanity_check_maps_swearing_to_malicious_and_the_rest_to_neutral():
    assert profanity_check(["you are a f***ing useless idiot", "Lovely nativity this afternoon"]) == ["malicious", "neutral"]


def test_vader_maps_sentiment_to_the_three_labels():
    labels = vader(["What a wonderful, brilliant, happy school!", "The homework is a bit much.",
                    "I hate this awful, horrible, disgusting school and everyone in it"])
    assert labels[0] == "neutral" and labels[2] == "malicious"


def test_peers_are_scored_like_our_model():
    examples = [{"text": "Lovely sports day", "label": "neutral", "flags": []},
                {"text": "You f***ing pervert, I'll burn your car", "label": "malicious", "flags": ["threat"]}]
    peers = evaluate_peers(examples)
    assert set(peers) == {"alt-profanity-check", "VADER"}
    for metrics in peers.values():
        assert metrics["n"] == 2 and metrics["flag_recall"]["threat"]["recall"] == 0  # peers name no flags
    table = comparison_markdown(peers["VADER"], peers)
    assert "| schoolwatch |" in table and "| alt-profanity-check |" in table
