/**
 * The one place Chart.js is configured. Registers only what our charts draw, so the bundle carries
 * no unused controllers (Chart.js 4 is tree-shakeable only when nothing imports 'chart.js/auto').
 * No Legend: every chart labels its own elements, and the data table carries the rest.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	LinearScale,
	LineController,
	LineElement,
	LogarithmicScale,
	PointElement,
	ScatterController,
	Tooltip
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

Chart.register(
	BarController,
	BarElement,
	LineController,
	LineElement,
	PointElement,
	ScatterController,
	CategoryScale,
	LinearScale,
	LogarithmicScale,
	Tooltip,
	annotationPlugin
);

export { Chart };
