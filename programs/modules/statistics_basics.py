# statistics: mean/fmean/geometric/harmonic, median variants, mode/multimode, quantiles, variance/stdev, correlation, linear_regression, NormalDist
import statistics as st
from fractions import Fraction
from decimal import Decimal

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean(data), st.fmean(data), st.mean([1, 2, 3, 4]), st.mean([Fraction(1, 2), Fraction(3, 4)]), st.mean([Decimal("0.5"), Decimal("0.75")]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue"]), st.multimode("aabbbbccddddeeffffgg"))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=4))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.stdev([Decimal("1.5"), Decimal("2.5"), Decimal("2.5")]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.linear_regression(x, [2 * v + 1 for v in x]))
n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, round(n.cdf(130), 6), round(n.pdf(100), 8), round(n.inv_cdf(0.975), 6))
print(n.quantiles(), round(n.overlap(st.NormalDist(110, 10)), 6), n + 5, n * 2, st.NormalDist.from_samples([1.5, 2.5, 3.5]))
print(round(n.zscore(85), 6), n == st.NormalDist(100, 15))
for f, arg in ((st.mean, []), (st.stdev, [1]), (st.mode, []), (st.harmonic_mean, [-1])):
    try:
        f(arg)
    except st.StatisticsError as e:
        print("StatisticsError", e)
