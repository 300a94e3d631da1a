/** The network graph and the details of the selected node, edge or bias. */
export function GraphArea() {
  return <div className="graph-area" />;
}
