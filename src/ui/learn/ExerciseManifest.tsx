/** The manifest an exercise asks the learner to read, shown read-only. */
export function ExerciseManifest({ manifest }: { manifest: string }) {
  return (
    <figure className="learn-manifest">
      <figcaption className="learn-manifest__caption">The manifest (read-only)</figcaption>
      <pre>
        <code>{manifest}</code>
      </pre>
    </figure>
  );
}
