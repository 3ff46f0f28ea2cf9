//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it are allocated with malloc; the caller frees them.
//@@ signature
char** numerical_letter_grade(float* grades, int size) {
//@@ solution
    char** out = malloc(size * sizeof(char*));
    for (int i = 0; i < size; ++i) {
        if (grades[i] >= 3.9999) out[i] = "A+";
        else if (grades[i] > 3.7001) out[i] = "A";
        else if (grades[i] > 3.3001) out[i] = "A-";
        else if (grades[i] > 3.0001) out[i] = "B+";
        else if (grades[i] > 2.7001) out[i] = "B";
        else if (grades[i] > 2.3001) out[i] = "B-";
        else if (grades[i] > 2.0001) out[i] = "C+";
        else if (grades[i] > 1.7001) out[i] = "C";
        else if (grades[i] > 1.3001) out[i] = "C-";
        else if (grades[i] > 1.0001) out[i] = "D+";
        else if (grades[i] > 0.7001) out[i] = "D";
        else if (grades[i] > 0.0001) out[i] = "D-";
        else out[i] = "E";
    }
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {4.0f, 3.0f, 1.7f, 2.0f, 3.5f};
        char **r = numerical_letter_grade(a0, 5);
        assert(strcmp(r[0], "A+") == 0);
        assert(strcmp(r[1], "B") == 0);
        assert(strcmp(r[2], "C-") == 0);
        assert(strcmp(r[3], "C") == 0);
        assert(strcmp(r[4], "A-") == 0);
    }
    {
        float a0[] = {1.2f};
        char **r = numerical_letter_grade(a0, 1);
        assert(strcmp(r[0], "D+") == 0);
    }
    {
        float a0[] = {0.5f};
        char **r = numerical_letter_grade(a0, 1);
        assert(strcmp(r[0], "D-") == 0);
    }
    {
        float a0[] = {0.0f};
        char **r = numerical_letter_grade(a0, 1);
        assert(strcmp(r[0], "E") == 0);
    }
    {
        float a0[] = {1.0f, 0.3f, 1.5f, 2.8f, 3.3f};
        char **r = numerical_letter_grade(a0, 5);
        assert(strcmp(r[0], "D") == 0);
        assert(strcmp(r[1], "D-") == 0);
        assert(strcmp(r[2], "C-") == 0);
        assert(strcmp(r[3], "B") == 0);
        assert(strcmp(r[4], "B+") == 0);
    }
    {
        float a0[] = {0.0f, 0.7f};
        char **r = numerical_letter_grade(a0, 2);
        assert(strcmp(r[0], "E") == 0);
        assert(strcmp(r[1], "D-") == 0);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {4.0f, 3.0f, 1.7f, 2.0f, 3.5f};
        char **r = numerical_letter_grade(a0, 5);
        assert(strcmp(r[0], "A+") == 0);
        assert(strcmp(r[1], "B") == 0);
        assert(strcmp(r[2], "C-") == 0);
        assert(strcmp(r[3], "C") == 0);
        assert(strcmp(r[4], "A-") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed numerical_letter_grade.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
