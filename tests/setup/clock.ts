/**
 * No test depends on the real date: every test file starts with the core's clock at one fixed
 * instant (the 2026 rule year in force, its rounds still open). Tests about dates set their own.
 * Builds loaded from dist/ get the same instant (tests/support/clock.ts).
 */
import { setClock } from '../../core/time/clock';
import { TEST_NOW } from '../support/clock';

setClock(() => TEST_NOW);
