export function App() {
  return (
    <main>
      <h1>Backprop Lab</h1>
      <p>See a neural network learn, one step at a time.</p>
    </main>
  );
}
