---- MODULE Unicode ----
F ≜ ∀ x ∈ S : ∃ y ∈ T : (x ≤ y ∧ y ≠ 0) ∨ ¬(x ⊆ y)
G ≜ ⟨1, 2⟩ ∪ [z ∈ S ↦ z] ⇒ □◇F
H ≜ ∧ a
    ∧ b
====
