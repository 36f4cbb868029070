import './plan-text.css';

/** Her plan as she wrote it: line breaks kept, always rendered as text. */
export function PlanText({ text }: { text: string }) {
  return (
    <div class="plan-text" data-testid="plan-text">
      {text}
    </div>
  );
}
