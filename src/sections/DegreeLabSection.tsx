import { DegreeLab } from '../widgets/evaluation/DegreeLab';
import { type LessonProps, Section } from './Section';

/** Lesson: under-fitting, the sweet spot and over-fitting, as the degree of a polynomial grows. */
export function DegreeLabSection({ heading }: LessonProps) {
  return (
    <Section heading={heading}>
      <p>
        A straight line may be too simple for the data; a polynomial in the feature, b + w₁x + w₂x² + … + wₖxᵏ, bends to
        follow it. It is still a linear model: the powers are just more columns. Each extra degree can only lower the
        error on the training rows, because the previous curve is still available with the new weight at zero. The
        held-out rows tell the other half of the story: their error falls while the curve learns the real shape
        (under-fitting ends), bottoms out at the sweet spot, then rises as the curve starts to chase the noise in the
        training rows (over-fitting), wiggling wildly between and beyond them.
      </p>
      <p>
        The curves here are fitted exactly, by QR, on the lab’s feature and response with the lab’s split, for every
        degree from 1 to 15. The powers are taken of the feature mapped onto −1 … 1 first: powers of raw values such as
        300¹⁵ would span thirty orders of magnitude and leave no digits for the answer.
      </p>
      <p>
        Gradient descent has a harder time. Scaled to 0 … 1 as in the lab, x, x², x³, … all rise from 0 to 1 in much the
        same way, so the columns are nearly parallel. The loss surface becomes a long, narrow valley: its Hessian’s
        condition number κ (largest over smallest curvature) grows by orders of magnitude with each degree, and since
        the learning rate must stay below 2/λmax for the steep direction, progress along the flattest direction takes
        about κ epochs. The table shows the training RMSE descent reaches in a fixed number of epochs next to least
        squares’: equal at degree 1, further and further behind as κ climbs, although both minimise the same loss.
      </p>
      <DegreeLab />
    </Section>
  );
}
